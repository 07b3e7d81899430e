"""deploy/ is what the generator writes from the one policy in inspraakwijzer/serve.py,
and web.config (IIS cannot run here) says what the policy says."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from inspraakwijzer import deploy
from inspraakwijzer.serve import CACHE_POLICY, NOT_FOUND_PAGE, POLICY, REVALIDATE, TYPES

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_configs_are_what_the_generator_writes(capsys):
    assert deploy.main(["--check", str(ROOT / "deploy")]) == 0, capsys.readouterr().err


def test_the_check_fails_on_a_changed_config(tmp_path):
    deploy.main([str(tmp_path)])
    assert deploy.main(["--check", str(tmp_path)]) == 0
    (tmp_path / "nginx.conf").write_text("location / {}\n")
    assert deploy.main(["--check", str(tmp_path)]) == 1


def test_web_config_is_xml_that_says_what_the_policy_says():
    server = ET.parse(ROOT / "deploy" / "web.config").getroot().find("system.webServer")
    headers = {h.get("name"): h.get("value") for h in server.find("httpProtocol/customHeaders")}
    assert headers == {"Content-Security-Policy": POLICY, "Cache-Control": REVALIDATE}
    maps = {m.get("fileExtension"): m.get("mimeType") for m in server.find("staticContent").iter("mimeMap")}
    assert maps == TYPES
    assert server.find("httpErrors/error[@statusCode='404']").get("path") == NOT_FOUND_PAGE
    rules = [(r.get("name"), r.find("conditions/add").get("pattern"), r.find("action").get("value"))
             for r in server.find("rewrite/outboundRules").iter("rule")]
    assert rules == list(CACHE_POLICY[:-1])
    for _, pattern, _ in rules:
        re.compile(pattern)
