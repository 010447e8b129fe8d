"""Default categories-to-sections table: AA's categories and the IPTC top-level codes.

The rows name the sections the sample stories create (gundem, dunya, ekonomi, spor) by slug; a
portal without them keeps the rows inert until it has them. The desk edits the table afterwards.
"""

from django.db import migrations

# (code or name, description, section slug, order). AA's category numbers are those of its
# subscriber API's category filter; IPTC codes are top levels (narrower subject codes follow them).
DEFAULTS = [
    ("aacat:1", "AA: Genel", "gundem", 50),
    ("aacat:2", "AA: Spor", "spor", 10),
    ("aacat:3", "AA: Ekonomi", "ekonomi", 10),
    ("aacat:6", "AA: Politika", "gundem", 40),
    ("Gündem", "Category name", "gundem", 60),
    ("Genel", "Category name", "gundem", 60),
    ("General", "Category name", "gundem", 60),
    ("Dünya", "Category name", "dunya", 20),
    ("World", "Category name", "dunya", 20),
    ("Ekonomi", "Category name", "ekonomi", 20),
    ("Economy", "Category name", "ekonomi", 20),
    ("Spor", "Category name", "spor", 20),
    ("Sports", "Category name", "spor", 20),
    ("Sport", "Category name", "spor", 20),
    ("subj:04000000", "IPTC subject: economy, business and finance", "ekonomi", 30),
    ("subj:15000000", "IPTC subject: sport", "spor", 30),
    ("subj:11000000", "IPTC subject: politics", "gundem", 70),
    ("medtop:04000000", "IPTC media topic: economy, business and finance", "ekonomi", 30),
    ("medtop:15000000", "IPTC media topic: sport", "spor", 30),
    ("medtop:11000000", "IPTC media topic: politics", "gundem", 70),
]


def add_defaults(apps, schema_editor):
    CategoryMapping = apps.get_model("wire", "CategoryMapping")
    for code, label, slug, order in DEFAULTS:
        CategoryMapping.objects.get_or_create(code=code, defaults={"label": label, "section_slug": slug, "order": order})


def remove_defaults(apps, schema_editor):
    CategoryMapping = apps.get_model("wire", "CategoryMapping")
    CategoryMapping.objects.filter(code__in=[code for code, *_ in DEFAULTS]).delete()


class Migration(migrations.Migration):
    dependencies = [("wire", "0002_category_mapping")]

    operations = [migrations.RunPython(add_defaults, remove_defaults)]
