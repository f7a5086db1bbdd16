from tests.full_disk import full_disk  # noqa: F401 (a fixture)
