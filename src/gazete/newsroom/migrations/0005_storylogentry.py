# The story log moves down from the desk app (backoffice.DeskLogEntry) to the newsroom, whose
# actions write it. The table stays where it is (backoffice_desklogentry), with its rows: only
# Django's state moves here, then two columns are added (who acted when no person did, and through
# which door). backoffice 0002 drops the old model from its state and keeps a proxy for the desk's
# role permissions.

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('newsroom', '0004_search_tokens'),
        ('backoffice', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='StoryLogEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('action', models.CharField(max_length=30, verbose_name='action')),
                        ('note', models.TextField(blank=True, verbose_name='note')),
                        ('created_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='time')),
                        ('story', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='desk_log', to='newsroom.story')),
                        ('user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='by')),
                    ],
                    options={
                        'verbose_name': 'story log entry',
                        'verbose_name_plural': 'story log entries',
                        'db_table': 'backoffice_desklogentry',
                        'ordering': ['-created_at', '-id'],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.AddField(
            model_name='storylogentry',
            name='system_actor',
            field=models.CharField(blank=True, max_length=30, verbose_name='system actor'),
        ),
        migrations.AddField(
            model_name='storylogentry',
            name='via',
            field=models.CharField(blank=True, max_length=20, verbose_name='via'),
        ),
    ]
