# The story log's model now lives in the newsroom (newsroom 0005 took over its table and rows).
# The desk keeps DeskLogEntry as a proxy of it: the same content type, so the role permissions
# (use_desk, edit_stories…) and the groups that hold them stay as they were. Nothing in the
# database changes here.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('backoffice', '0001_initial'),
        ('newsroom', '0005_storylogentry'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='DeskLogEntry',
                ),
                migrations.CreateModel(
                    name='DeskLogEntry',
                    fields=[
                    ],
                    options={
                        'verbose_name': 'desk log entry',
                        'verbose_name_plural': 'desk log entries',
                        'permissions': [('use_desk', 'Can open the desk'), ('edit_stories', 'Can edit, publish and withdraw stories'), ('manage_front_page', 'Can choose lead stories, breaking news and the section order'), ('moderate_comments', 'Can moderate comments')],
                        'proxy': True,
                        'default_permissions': ('view',),
                        'indexes': [],
                        'constraints': [],
                    },
                    bases=('newsroom.storylogentry',),
                ),
            ],
            database_operations=[],
        ),
    ]
