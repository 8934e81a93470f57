"""The documented names the name check knows (src/core/name-check.ts), from installed packages.

Run with Debian's Python, which has Django, DRF and Flask as Debian packages:

    sudo apt-get install -y python3-django python3-djangorestframework python3-flask
    npm run python-names        # = /usr/bin/python3 scripts/python-names.py

It writes src/core/python-names.json: one name a line, sorted. Names are what a learner may
write and look up: module names and their parts, public module attributes, the public attributes
of public classes (methods, class attributes, inherited ones too), parameter names of public
functions and classes, settings (django.conf.global_settings, DRF's DEFAULTS), model Meta options,
template tags and filters, and Python's standard library the same way (sys.stdlib_module_names).
Werkzeug's utils, security and exceptions modules are included because Flask's own docs send
readers there (secure_filename in "Uploading Files", generate_password_hash in the tutorial,
abort()'s HTTPException classes in "Handling Application Errors").

Debian ships Django 3.2, DRF 3.14 and Flask 2.2; NEWER below adds later names by hand, each with
the page that documents it.
"""

import importlib
import json
import inspect
import io
import os
import pkgutil
import re
import sys
import warnings
from contextlib import redirect_stderr, redirect_stdout

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'core', 'python-names.json')
urlpatterns = []  # ROOT_URLCONF for the modules that resolve URLs when imported
IDENTIFIER = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*$')

# Names added after the versions Debian ships, with the page each comes from.
NEWER = {
    'https://docs.djangoproject.com/en/5.2/ref/middleware/#django.contrib.auth.middleware.LoginRequiredMiddleware': [
        'LoginRequiredMiddleware', 'login_not_required'],
    'https://docs.djangoproject.com/en/5.2/ref/models/querysets/#asynchronous-queries': [
        'aget', 'acreate', 'aget_or_create', 'aupdate_or_create', 'abulk_create', 'abulk_update', 'acount',
        'ain_bulk', 'aiterator', 'alatest', 'aearliest', 'afirst', 'alast', 'aaggregate', 'aexists',
        'acontains', 'aupdate', 'adelete', 'aexplain'],
    'https://docs.djangoproject.com/en/5.2/ref/models/instances/#django.db.models.Model.asave': [
        'asave', 'adelete', 'arefresh_from_db', 'afull_clean'],
    'https://docs.djangoproject.com/en/5.2/topics/signals/#sending-signals': ['asend', 'asend_robust'],
    'https://docs.djangoproject.com/en/5.2/topics/auth/default/#django.contrib.auth.aauthenticate': [
        'aauthenticate', 'alogin', 'alogout', 'aget_user'],
    'https://docs.djangoproject.com/en/5.2/ref/models/fields/#generatedfield': ['GeneratedField', 'db_default'],
    'https://docs.djangoproject.com/en/5.2/ref/models/fields/#django.db.models.Field.db_comment': ['db_comment', 'db_table_comment'],
    'https://docs.djangoproject.com/en/5.2/ref/models/constraints/': ['violation_error_code', 'violation_error_message'],
    'https://docs.djangoproject.com/en/5.2/ref/forms/fields/#django.forms.Field.template_name': ['template_name', 'as_field_group'],
    'https://docs.djangoproject.com/en/5.2/ref/settings/#storages': ['STORAGES'],
    'https://docs.djangoproject.com/en/5.2/ref/settings/#secret-key-fallbacks': ['SECRET_KEY_FALLBACKS'],
    'https://docs.djangoproject.com/en/5.2/ref/settings/#form-renderer': ['FORMS_URLFIELD_ASSUME_HTTPS'],
    'https://docs.djangoproject.com/en/5.2/ref/contrib/postgres/constraints/': ['ExclusionConstraint'],
    'https://docs.djangoproject.com/en/5.2/ref/models/database-functions/#jsonarray': ['JSONArray'],
    'https://docs.djangoproject.com/en/5.2/ref/models/fields/#compositeprimarykey': ['CompositePrimaryKey'],
    'https://www.django-rest-framework.org/api-guide/serializers/#modelserializer': [
        'list_serializer_class', 'read_only_fields', 'extra_kwargs', 'depth', 'fields', 'exclude',
        'serializer_field_mapping', 'serializer_related_field', 'serializer_url_field', 'serializer_choice_field'],
    'https://flask.palletsprojects.com/en/3.1.x/api/#flask.Flask.json': ['json_provider_class', 'DefaultJSONProvider'],
}

SKIP_STDLIB = {
    'antigravity', 'this', '__main__', 'idlelib', 'lib2to3', 'test', 'tkinter', 'turtle', 'turtledemo',
    'pydoc_data', 'ensurepip', 'venv', 'xxlimited', 'xxlimited_35', 'xxsubtype',
}


def add_name(names, name):
    if isinstance(name, str) and IDENTIFIER.match(name) and (not name.startswith('_') or is_dunder(name)):
        names.add(name)


def is_dunder(name):
    return name.startswith('__') and name.endswith('__') and len(name) > 4


def add_signature(names, obj):
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return
    for parameter in signature.parameters.values():
        if parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD) and parameter.name != 'self':
            add_name(names, parameter.name)


def add_module(names, module):
    for part in module.__name__.split('.'):
        add_name(names, part)
    public = getattr(module, '__all__', None)
    attributes = public if isinstance(public, (list, tuple)) else [a for a in dir(module) if not a.startswith('_')]
    for attribute in attributes:
        add_name(names, attribute)
        try:
            add_members(names, getattr(module, attribute))
        except Exception:
            # A lazy object that needs configuration, a property that raises: its name is enough.
            continue


def add_members(names, value):
    if inspect.isclass(value):
        for member in dir(value):
            if not member.startswith('_') or is_dunder(member):
                add_name(names, member)
        add_signature(names, value)
    elif callable(value):
        add_signature(names, value)


def walk(names, package_name, skip=()):
    try:
        package = importlib.import_module(package_name)
    except Exception:
        return
    add_module(names, package)
    path = getattr(package, '__path__', None)
    if path is None:
        return
    for info in pkgutil.walk_packages(path, package_name + '.', onerror=lambda _name: None):
        if any(part.startswith('_') or part in skip for part in info.name.split('.')[1:]):
            continue
        try:
            module = importlib.import_module(info.name)
        except BaseException:
            continue
        add_module(names, module)


def setup_django():
    import django
    from django.conf import settings

    settings.configure(
        INSTALLED_APPS=[
            'django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions',
            'django.contrib.messages', 'django.contrib.staticfiles', 'django.contrib.sites', 'django.contrib.flatpages',
            'django.contrib.redirects', 'django.contrib.sitemaps', 'django.contrib.humanize', 'django.contrib.postgres',
            'django.contrib.admindocs', 'rest_framework', 'rest_framework.authtoken',
        ],
        DATABASES={'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': ':memory:'}},
        USE_TZ=True,
        SECRET_KEY='names',
        STATIC_URL='/static/',
        ROOT_URLCONF=__name__,
    )
    django.setup()


def django_extras(names):
    from django.conf import global_settings
    from django.db.models.options import DEFAULT_NAMES
    from django.template import defaultfilters, defaulttags, loader_tags
    from rest_framework.settings import DEFAULTS

    for name in dir(global_settings):
        if name.isupper():
            add_name(names, name)
    for name in DEFAULT_NAMES:
        add_name(names, name)
    for name in DEFAULTS:
        add_name(names, name)
    for library in (defaultfilters.register, defaulttags.register, loader_tags.register):
        for name in list(library.tags) + list(library.filters):
            add_name(names, name)


def main():
    warnings.simplefilter('ignore')
    names = set()
    # Some modules print or warn when imported; none of it is ours to show.
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        setup_django()
        walk(names, 'django', skip={'tests', 'test'})
        walk(names, 'rest_framework')
        walk(names, 'flask')
        for module in ('werkzeug.utils', 'werkzeug.security', 'werkzeug.exceptions'):
            add_module(names, importlib.import_module(module))
        django_extras(names)
        for name in sorted(sys.stdlib_module_names):
            if name.startswith('_') or name in SKIP_STDLIB:
                continue
            walk(names, name, skip={'test', 'tests', 'idle_test'})
        for name in dir(__builtins__):
            add_name(names, name)
    for added in NEWER.values():
        names.update(added)

    versions = ' · '.join(f'{m.__name__} {m.__version__}' for m in map(importlib.import_module, ('django', 'rest_framework')))
    data = {
        'generatedBy': 'scripts/python-names.py: do not edit. Regenerate with `npm run python-names` '
        "(Debian's python3-django, python3-djangorestframework and python3-flask installed).",
        'from': f'Python {sys.version.split()[0]} · {versions} · flask 2.2, and the newer names the script lists',
        'names': sorted(names),
    }
    with open(OUT, 'w', encoding='utf-8') as out:
        # One name a line, so a regenerated list reads as a diff of names.
        out.write(json.dumps(data, ensure_ascii=False, indent=0) + '\n')
    print(f'{len(names)} names written to {os.path.relpath(OUT)}')


if __name__ == '__main__':
    main()
