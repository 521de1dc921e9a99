"""What our customised templates (codegen/templates/) put into the generated packages."""

from __future__ import annotations

import importlib
from http import HTTPStatus
from urllib.parse import unquote

import httpx
import pytest
from customerio_app_api import errors
from customerio_app_api.api.customers import get_person_messages
from customerio_app_api.api.send_messages import send_email
from customerio_app_api.api.sender_identities import list_senders
from customerio_app_api.client import AuthenticatedClient, Client
from customerio_app_api.models import (
    Id3,
    ListSegmentsResponse200,
    ListSegmentsResponse200SegmentsItemState,
    ListSegmentsResponse200SegmentsItemType,
    SendEmailWithoutTemplate,
    SendEmailWithTemplate,
    UpdateAttributeMetadataBodyAttributesItemPrivacyLevel,
)
from customerio_app_api.types import UNSET, status_of

from codegen.apis import APIS

TYPES_MODULES = [importlib.import_module(f"{api.package}.types") for api in APIS.values()]

# --- types.path_segment ----------------------------------------------------------------------


@pytest.mark.parametrize("types", TYPES_MODULES, ids=lambda m: m.__name__)
@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        (".", "%2E"),
        ("..", "%2E%2E"),
        ("...", "%2E%2E%2E"),
        ("a/b", "a%2Fb"),
        ("a b", "a%20b"),
        ("ü", "%C3%BC"),
        ("100%", "100%25"),
        ("x?y#z", "x%3Fy%23z"),
        ("a.b", "a.b"),
        ("cool.person@example.com", "cool.person%40example.com"),
        (42, "42"),
    ],
)
def test_path_segment_encodes_one_segment(types, value, encoded):
    result = types.path_segment(value, "customer_id")
    assert result == encoded
    assert "/" not in result
    assert unquote(result) == str(value), "the server must decode the segment back to the value"


@pytest.mark.parametrize("types", TYPES_MODULES, ids=lambda m: m.__name__)
def test_path_segment_refuses_empty_and_names_the_parameter(types):
    with pytest.raises(ValueError, match="'customer_id'"):
        types.path_segment("", "customer_id")


@pytest.mark.parametrize("value", [".", "..", "a/b", "a/../../v1/attributes"])
def test_encoded_path_survives_httpx_url_normalisation(value):
    """httpx removes literal dot segments; the encoded ones must reach the server intact."""
    kwargs = get_person_messages._get_kwargs(value)
    with httpx.Client(base_url="https://api.customer.io") as client:
        request = client.build_request(**kwargs)
    segment = request.url.raw_path.split(b"?")[0].split(b"/")[3]
    assert request.url.raw_path.startswith(b"/v1/customers/")
    assert request.url.raw_path.split(b"?")[0].endswith(b"/messages")
    assert unquote(segment.decode()) == value


def test_generated_operation_refuses_an_empty_path_parameter():
    with pytest.raises(ValueError, match="customer_id"):
        get_person_messages._get_kwargs("")


# --- status codes outside http.HTTPStatus ----------------------------------------------------


def test_status_of():
    assert status_of(520) == 520
    assert type(status_of(520)) is int
    assert status_of(499) == 499
    assert status_of(404) is HTTPStatus.NOT_FOUND


def test_build_response_with_undocumented_non_http_status_does_not_crash():
    response = httpx.Response(520, content=b"<html>origin error</html>")
    result = list_senders._build_response(client=Client(base_url="https://api.example"), response=response)
    assert result.status_code == 520
    assert type(result.status_code) is int
    assert result.parsed is None
    assert result.content == b"<html>origin error</html>"


def test_build_response_with_520_still_raises_when_asked_to():
    client = AuthenticatedClient(base_url="https://api.example", token="t", raise_on_unexpected_status=True)
    with pytest.raises(errors.UnexpectedStatus) as info:
        list_senders._build_response(client=client, response=httpx.Response(520, content=b"boom"))
    assert info.value.status_code == 520


def test_build_response_documented_status_is_http_status():
    response = httpx.Response(404, json={"errors": []})
    result = get_person_messages._build_response(client=Client(base_url="https://api.example"), response=response)
    assert result.status_code is HTTPStatus.NOT_FOUND


def test_list_response_exposes_the_next_cursor_added_by_the_overlay():
    response = httpx.Response(200, json={"sender_identities": [], "next": "MTY1"})
    result = list_senders._build_response(client=Client(base_url="https://api.example"), response=response)
    assert result.parsed.next_ == "MTY1"
    assert result.parsed.additional_properties == {}
    last_page = list_senders._build_response(
        client=Client(base_url="https://api.example"), response=httpx.Response(200, json={"sender_identities": []})
    )
    assert last_page.parsed.next_ is UNSET


# --- enums that tolerate values added after generation ---------------------------------------


def test_str_enum_keeps_an_unknown_value():
    known = ListSegmentsResponse200SegmentsItemState("finished")
    assert known is ListSegmentsResponse200SegmentsItemState.FINISHED
    unknown = ListSegmentsResponse200SegmentsItemState("reticulating")
    assert isinstance(unknown, ListSegmentsResponse200SegmentsItemState)
    assert unknown.value == "reticulating"
    assert unknown == "reticulating"
    assert str(unknown) == "reticulating"
    assert unknown.name == "UNKNOWN"
    with pytest.raises(ValueError):
        ListSegmentsResponse200SegmentsItemState(5)


def test_int_enum_keeps_an_unknown_value():
    unknown = UpdateAttributeMetadataBodyAttributesItemPrivacyLevel(7)
    assert unknown.value == 7
    assert unknown == 7
    assert str(unknown) == "7"
    assert UpdateAttributeMetadataBodyAttributesItemPrivacyLevel(1) is (
        UpdateAttributeMetadataBodyAttributesItemPrivacyLevel.VALUE_1
    )
    # only real ints are kept: a string or a boolean that is not already a member is refused
    # (True == 1 in Python, so True finds VALUE_1 before _missing_ is asked; that is Enum's lookup)
    with pytest.raises(ValueError):
        UpdateAttributeMetadataBodyAttributesItemPrivacyLevel("7")
    with pytest.raises(ValueError):
        UpdateAttributeMetadataBodyAttributesItemPrivacyLevel(7.5)


def test_model_parses_unknown_enum_value_and_keeps_extra_fields():
    payload = {
        "segments": [
            {
                "id": 7,
                "name": "VIPs",
                "state": "reticulating",
                "type": "manual",
                "brand_new_field": {"nested": [1, 2]},
            }
        ],
        "next": "abc",
    }
    parsed = ListSegmentsResponse200.from_dict(payload)
    (segment,) = parsed.segments
    assert segment.state.value == "reticulating"
    assert segment.type_ is ListSegmentsResponse200SegmentsItemType.MANUAL
    assert segment.additional_properties == {"brand_new_field": {"nested": [1, 2]}}
    assert segment["brand_new_field"] == {"nested": [1, 2]}
    assert parsed.additional_properties == {"next": "abc"}
    assert parsed.to_dict() == payload, "an unknown value and extra fields survive a round trip"


# --- request metadata ------------------------------------------------------------------------


def test_get_kwargs_carries_the_customerio_extension():
    kwargs = get_person_messages._get_kwargs("a/b", start="cursor", limit=5)
    assert kwargs["url"] == "/v1/customers/a%2Fb/messages"
    assert kwargs["params"] == {"start": "cursor", "limit": 5}
    meta = kwargs["extensions"]["customerio"]
    assert meta["method"] == "GET"
    assert meta["path_template"] == "/v1/customers/{customer_id}/messages"
    assert meta["operation_id"] == "getPersonMessages"

    meta = send_email._get_kwargs(body=UNSET)["extensions"]["customerio"]
    assert (meta["method"], meta["path_template"]) == ("POST", "/v1/send/email")


def test_extension_reaches_the_httpx_request():
    with httpx.Client(base_url="https://api.customer.io") as client:
        request = client.build_request(**get_person_messages._get_kwargs("42"))
    assert request.extensions["customerio"]["path_template"] == "/v1/customers/{customer_id}/messages"
    assert str(request.url) == "https://api.customer.io/v1/customers/42/messages?limit=50"


# --- keyword-named JSON properties ----------------------------------------------------------


def test_keyword_json_property_keeps_its_wire_name():
    message = SendEmailWithTemplate(
        transactional_message_id=44,
        identifiers=Id3(id="1"),
        to="cool.person@example.com",
        from_="support@example.com",
    )
    data = message.to_dict()
    assert data["from"] == "support@example.com"
    assert "from_" not in data
    # and back: "from" becomes from_, not an additional property
    parsed = SendEmailWithTemplate.from_dict(
        {"transactional_message_id": 44, "identifiers": {"id": "1"}, "to": "x@example.com", "from": "a@example.com"}
    )
    assert parsed.from_ == "a@example.com"
    assert "from" not in parsed.additional_properties


def test_keyword_json_property_in_a_request_body():
    body = SendEmailWithoutTemplate.from_dict(
        {
            "to": "x@example.com",
            "from": "support@example.com",
            "subject": "Hi",
            "body": "<p>Hi</p>",
            "identifiers": {"id": "1"},
        }
    )
    kwargs = send_email._get_kwargs(body=body)
    assert kwargs["json"]["from"] == "support@example.com"
    assert "from_" not in kwargs["json"]


# --- model.py.jinja: a property named like the additional-properties store --------------------


@pytest.mark.parametrize(
    "module",
    [
        "customerio_app_api.models.get_person_attributes_response_200_customer_timestamps",
        "customerio_app_api.models.get_people_by_id_response_200_customers_item_customer_timestamps",
    ],
)
def test_property_named_additional_properties_round_trips(module):
    """customer.timestamps declares a property literally named "additionalProperties"; it becomes
    ``additional_properties_`` and the model's extras store stays ``additional_properties``."""
    mod = importlib.import_module(module)
    cls = next(v for v in vars(mod).values() if isinstance(v, type) and v.__module__ == mod.__name__)
    raw = {"email": 1, "additionalProperties": 7, "plan": 1705314600}
    parsed = cls.from_dict(raw)
    assert parsed.email == 1
    assert parsed.additional_properties_ == 7
    assert parsed.additional_properties == {"plan": 1705314600}
    assert parsed["plan"] == 1705314600
    assert parsed.to_dict() == raw
    assert cls(additional_properties_=3).to_dict() == {"additionalProperties": 3}
