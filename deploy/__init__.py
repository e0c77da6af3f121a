"""Serving the dashboard from several processes behind a load balancer."""
