"""Page logic without Qt: each presenter is given plain values (or its view) and is tested without widgets."""
