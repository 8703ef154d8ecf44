"""Civil-affairs (民政) news warehouse: Dagster assets, a plain extraction library, dbt and GX."""
