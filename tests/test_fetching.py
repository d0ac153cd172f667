"""URL input against a real HTTP server on 127.0.0.1: pages, redirects, errors, limits."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

from summarize import InputError, read_source
from summarize.batch_io import count_records
from summarize.cli import app
from summarize.fetching import MAX_REDIRECTS, USER_AGENT

ARTICLE = (SAMPLES / "biden-kadhimi.txt").read_text(encoding="utf-8")
FRENCH = ("Le maire de la ville a présenté lundi un nouveau plan pour les écoles. Les élèves "
          "recevront des repas gratuits dès la rentrée. Les parents ont salué la décision.")
PAGE = ("<!DOCTYPE html><html><head><title>Iraq deal</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")) + "</article></body></html>")
seen_agents: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass

    def send(self, status: int, body: bytes, kind: str = "text/plain; charset=utf-8",
             **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        seen_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/article.txt":
            self.send(200, ARTICLE.encode("utf-8"))
        elif path == "/page.html":
            self.send(200, PAGE.encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/latin1":  # declared in the header only
            self.send(200, FRENCH.encode("latin-1"), "text/plain; charset=ISO-8859-1")
        elif path == "/meta-cp1252":  # declared in the page only
            body = f'<html><head><meta charset="windows-1252"></head><body><p>{FRENCH}</p>'
            self.send(200, body.encode("cp1252"), "text/html")
        elif path == "/gzip":
            self.send(200, gzip.compress(ARTICLE.encode()), Content_Encoding="gzip")
        elif path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])  # /redirect/N: N + 1 redirects
            target = "/article.txt" if left == 0 else f"/redirect/{left - 1}"
            self.send(302, b"", Location=target)
        elif path == "/missing":
            self.send(404, b"not here")
        elif path == "/broken":
            self.send(503, b"down")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, ARTICLE.encode())
        elif path == "/huge":  # no Content-Length: the cap must apply while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b"word " * 2000)
        elif path == "/huge-declared":
            self.send(200, b"word " * 50_000)
        elif path == "/image.png":
            self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(500), "image/png")
        elif path == "/untyped-binary":
            self.send(200, bytes(range(256)) * 8, "")
        else:
            self.send(404, b"")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_a_url_is_summarized_like_the_file(server):
    result = invoke(f"{server}/article.txt", "-f", "json")
    assert result.exit_code == 0, result.stderr
    from_file = json.loads(invoke(str(SAMPLES / "biden-kadhimi.txt"), "-f", "json").stdout)
    data = json.loads(result.stdout)
    assert data["source"] == f"{server}/article.txt"
    assert data["summary"] == from_file["summary"]
    assert seen_agents[-1] == USER_AGENT


def test_html_pages_redirects_and_gzip(server):
    page = read_source(f"{server}/page.html")
    assert page.text.startswith("<!DOCTYPE html>")
    result = invoke("clean", f"{server}/page.html")
    assert result.exit_code == 0 and "combat mission" in result.stdout
    assert read_source(f"{server}/redirect/{MAX_REDIRECTS - 1}").text == ARTICLE
    assert read_source(f"{server}/gzip").text == ARTICLE


def test_declared_charsets_are_used(server):
    assert read_source(f"{server}/latin1").text == FRENCH
    assert FRENCH in read_source(f"{server}/meta-cp1252").text


@pytest.mark.parametrize("path,message", [
    ("/missing", "HTTP 404 Not Found"),
    ("/broken", "HTTP 503 Service Unavailable"),
    (f"/redirect/{MAX_REDIRECTS}", "too many redirects"),
    ("/image.png", "the server sent image/png, not text or HTML"),
    ("/untyped-binary", "looks like a binary file"),
    ("/huge", "larger than the limit of 100,000 bytes"),
    ("/huge-declared", "larger than the limit of 100,000 bytes (250,000;"),
])
def test_each_failure_is_one_line(server, path, message):
    with pytest.raises(InputError, match="^" + f"{server}{path}: ".replace(".", r"\.")) as caught:
        read_source(f"{server}{path}", max_bytes=100_000)
    assert message in str(caught.value)


def test_timeouts_refused_connections_and_schemes(server):
    with pytest.raises(InputError, match="timed out while reading"):
        read_source(f"{server}/slow", read_timeout=0.3)
    with pytest.raises(InputError, match="connection was refused"):
        read_source(f"http://127.0.0.1:{closed_port()}/x")
    with pytest.raises(InputError, match="does not resolve"):
        read_source("http://no-such-host.invalid/story")
    with pytest.raises(InputError, match="only http and https URLs can be fetched, not ftp"):
        read_source("ftp://example.org/story")


def test_failures_are_reported_and_the_other_inputs_processed(server):
    result = invoke(f"{server}/missing", f"{server}/slow", f"{server}/article.txt",
                    "--read-timeout", "0.3", "-f", "jsonl", "--headlines", "0")
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [f"summarize: error: {server}/missing: HTTP 404 Not Found",
                      f"summarize: error: {server}/slow: timed out while reading the response"]
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [
        f"{server}/article.txt"]
    headlines = invoke("headlines", f"{server}/image.png", f"{server}/article.txt")
    assert headlines.exit_code == 1 and "image/png" in headlines.stderr
    assert headlines.stdout.startswith(f"==> {server}/article.txt <==\nIraq: Biden")


def test_batch_reads_a_list_of_urls(server, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{server}/article.txt\n\n{server}/missing\n{server}/page.html\n")
    out = tmp_path / "out.jsonl"
    assert count_records([str(urls), f"{server}/gzip"]) == 4  # the progress bar's total
    result = invoke("batch", str(urls), "-o", str(out), "-j", "1", "--quiet")
    assert result.exit_code == 1
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == [f"{server}/article.txt", f"{server}/missing",
                                         f"{server}/page.html"]
    assert records[0]["summary"] and records[2]["summary"]
    assert records[1]["error"] == f"{server}/missing: HTTP 404 Not Found"
