"""Request size, JSON shape and rate limits, answered in the protocol's JSON error shape.

- `BodyLimit`: 413 for a body over the limit, declared by Content-Length or streamed in chunks,
  whatever the application was doing with it when the limit was passed.
- `RateLimit`: a token bucket per client address (an IPv6 client by its /64 network), so rotating
  tokens or junk headers buys nothing; a second bucket per account is taken once the token is known
  (api/deps.py). The buckets live in `Buckets`, bounded in memory.
- `JsonLimitsRoute`: a JSON body is parsed once, before validation, and refused with a field error
  when it is not JSON, nests deeper than MAX_JSON_DEPTH, holds a number Python will not read or a
  NUL character (which PostgreSQL cannot store).
"""

from __future__ import annotations

import ipaddress
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, MutableMapping
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute

from scp_ministry_server.errors import ApiError
from scp_ministry_server.schemas import MAX_JSON_DEPTH

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_CLIENTS = 20_000  # buckets kept per table (~200 bytes each): the memory of a limiter never grows past this


async def _json_error(send: Send, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": code, "message": message, "errors": []}).encode()
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """413 for a body over `max_bytes`. Past the limit the application is told that the client went
    away, and whatever it answers is replaced by the 413."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        seen, exceeded, started = 0, False, False

        async def counted_receive() -> Message:
            nonlocal seen, exceeded
            if exceeded:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    exceeded = True
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded and not started:
                return  # the 413 below answers instead
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
        if exceeded and not started:
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        await _json_error(send, 413, "TOO_LARGE", f"the body may be at most {self.max_bytes} bytes")


class Buckets:
    """Token buckets by key: `rate` per second, up to `burst` at once, for at most `capacity` keys.

    The least recently used key goes first when full. A bucket untouched for burst ÷ rate seconds has
    refilled and is the same as none, so with enough room dropping the oldest changes no answer."""

    def __init__(self, rate: float, burst: int, capacity: int = MAX_CLIENTS) -> None:
        self.rate, self.burst, self.capacity = rate, float(burst), capacity
        self._buckets: OrderedDict[Hashable, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, key: Hashable) -> float:
        """0 when allowed, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.pop(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            allowed = tokens >= 1
            self._buckets[key] = (tokens - 1 if allowed else tokens, now)
            while len(self._buckets) > self.capacity:
                self._buckets.popitem(last=False)
            return 0.0 if allowed else (1 - tokens) / self.rate


def client_address(scope: Scope) -> str:
    """The caller's address as limits count it: IPv4 as is, IPv6 by its /64 network (one subscriber's)."""
    host = str((scope.get("client") or ("unknown",))[0])
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if address.version == 6 and address.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address.ipv4_mapped or address) if address.version == 6 else str(address)


def too_many(wait: float) -> ApiError:
    return ApiError(429, "RATE_LIMITED", "too many requests", headers={"Retry-After": str(max(1, round(wait)))})


class RateLimit:
    """429 with Retry-After once a client address has used its bucket (rate 0: unlimited)."""

    def __init__(self, app: ASGIApp, buckets: Buckets) -> None:
        self.app, self.buckets = app, buckets

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        wait = self.buckets.take(client_address(scope))
        if wait:
            error = too_many(wait)
            await _json_error(send, error.status, error.code, error.message, error.headers)
            return
        await self.app(scope, receive, send)


def shape_problem(value: Any) -> str | None:
    """Why a parsed JSON document cannot be taken whatever its schema says, or None: it nests deeper than
    MAX_JSON_DEPTH, or a text in it (a key too) holds NUL, which no PostgreSQL text or jsonb can store."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if "\x00" in node:
                return "a text holds the NUL character (\\u0000)"
        elif isinstance(node, dict | list):
            if depth > MAX_JSON_DEPTH:
                return f"nested deeper than {MAX_JSON_DEPTH} levels"
            if isinstance(node, dict):
                stack.extend((key, depth) for key in node)
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list | str))
    return None


def _malformed(message: str) -> ApiError:
    return ApiError(
        422, "INVALID", "the request is malformed", [{"field": "body", "code": "json_invalid", "message": message}]
    )


class JsonLimitsRoute(APIRoute):
    """Routes whose JSON body is parsed here first (FastAPI then reuses it): a clear field error for what
    FastAPI would answer with a bare 400 or could not parse at all."""

    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        handler = super().get_route_handler()

        async def checked(request: Request) -> Response:
            if "json" in request.headers.get("content-type", "") and await request.body():
                try:
                    document = await request.json()  # cached on the request: FastAPI reads this one
                except RecursionError:
                    raise _malformed(f"nested deeper than {MAX_JSON_DEPTH} levels") from None
                except (ValueError, UnicodeDecodeError) as error:  # not JSON, not UTF-8, a 5,000-digit number
                    raise _malformed(str(error)[:200]) from None
                problem = shape_problem(document)
                if problem:
                    raise _malformed(problem)
            return await handler(request)

        return checked
