"""The app factory: opens the backend once, keeps it in app.extensions['cytokg'], registers the
blueprints listed in BLUEPRINTS (those whose modules exist yet), error handlers and CORS.
"""

from __future__ import annotations

import atexit
import importlib
import logging

from flask import Flask, Response

from cytokg.config import Settings
from cytokg.server import errors, fast_sparql, updates
from cytokg.server.backends import Runtime, open_backend
from cytokg.server.service_policy import ServicePolicy

log = logging.getLogger("cytokg.server")

# "module:attribute" of each blueprint; a module that does not exist (yet) is skipped.
BLUEPRINTS = [
    "cytokg.server.sparql:bp",
    "cytokg.server.linked_data:bp",
    "cytokg.server.ontology_pages:bp",
    "cytokg.server.saved_queries:bp",
    "cytokg.server.ui:bp",
    "cytokg.server.graph_store:bp",
]

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type, Authorization, If-None-Match",
    "Access-Control-Expose-Headers": "Content-Type, Content-Length, ETag, Link, Vary",
    "Access-Control-Max-Age": "86400",
}


def _load_blueprints(app: Flask) -> None:
    for spec in BLUEPRINTS:
        module_name, _, attr = spec.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as err:
            if err.name != module_name:
                raise  # the module exists but one of its imports is missing: a real error
            log.info("blueprint %s not present, skipped", module_name)
            continue
        app.register_blueprint(getattr(module, attr))


def create_app(settings: Settings | None = None, backend=None) -> Flask:
    """Build the app. backend: an already open backend (tests); default: open one from settings."""
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_query_bytes + 64 * 1024
    backend = backend or open_backend(settings)
    app.extensions["cytokg"] = Runtime(settings, backend, ServicePolicy.from_settings(settings))
    atexit.register(backend.close)
    errors.register(app)
    updates.install(app)
    _load_blueprints(app)

    @app.after_request
    def _cors(response: Response) -> Response:
        for name, value in CORS_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    # GET /sparql?query=… skips Flask's routing and request objects (server/fast_sparql.py).
    app.wsgi_app = fast_sparql.wrap(app, CORS_HEADERS)
    return app
