"""The HTTP API of ../shared/docs/sync-protocol.md, one router per area, all under /api/v1."""
