"""The shape checker's messages stay on one line whatever the document holds."""

from scp_desktop.domain.shapes import JsonObject, Obj, Text, mistakes


def test_a_key_with_a_newline_is_quoted_escaped() -> None:
    (found,) = mistakes(Obj({"name": Text(10)}), {"name": "x", "\n": None})
    text = found.render()
    assert "\n" not in text and "\\u000a" in text


def test_a_json_object_refuses_control_characters_anywhere_inside() -> None:
    assert mistakes(JsonObject(), {"a": [{"b": "fine"}]}) == []
    (found,) = mistakes(JsonObject(), {"a": [{"b": "bell\x07"}]})
    assert "a[0].b" in found.render()
    assert mistakes(JsonObject(max_depth=2), {"a": {"b": {"c": {"d": 1}}}})
    assert mistakes(JsonObject(), {"n": float("nan")})
