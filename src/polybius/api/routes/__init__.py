"""Routers, one module per resource: events and incidents, articles, and the rest
(actors, stats, health, the dashboard page)."""
