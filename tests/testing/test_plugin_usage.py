"""The ``customerio_mock`` pytest fixture, used exactly as docs/testing.md shows it."""

from __future__ import annotations

import httpx
import pytest
from customerio_sdk import TrackClient
from customerio_sdk.testing import MockServer

pytest_plugins = ("pytester",)


# --- the examples from docs/testing.md, verbatim ----------------------------------------------------


def test_signup_identifies_the_customer(customerio_mock):
    client = TrackClient("site_id", "api_key", base_url=customerio_mock.track_url)

    client.identify("42", email="ada@example.com", plan="pro")

    request = customerio_mock.requests[-1]
    assert request.operation_id == "identify"
    assert request.path_params == {"identifier": "42"}
    assert request.json == {"email": "ada@example.com", "plan": "pro"}
    assert customerio_mock.violations == []


def test_the_app_api_needs_a_bearer_token(customerio_mock):
    response = httpx.get(customerio_mock.app_url + "/v1/segments/7")  # no credentials

    assert response.status_code == 401
    assert customerio_mock.violations[0].kind == "security"
    customerio_mock.violations.clear()


# --- what the fixture is and does ------------------------------------------------------------------


def test_the_fixture_is_a_started_mock_server(customerio_mock):
    assert isinstance(customerio_mock, MockServer)
    assert customerio_mock.track_url.startswith("http://127.0.0.1:")
    assert httpx.get(customerio_mock.app_url + "/v1/info/ip_addresses").status_code == 200


def test_the_track_client_masks_its_credentials_in_the_recording(customerio_mock):
    client = TrackClient("site_id", "very-secret-key", base_url=customerio_mock.track_url)
    client.track("a/b", "purchased", {"amount": 42})
    request = customerio_mock.requests[-1]
    assert (request.operation_id, request.path_params) == ("track", {"identifier": "a/b"})
    assert request.headers["authorization"] == "Basic ****"
    assert "very-secret-key" not in repr(customerio_mock.requests)


@pytest.mark.customerio_mock(allow_violations=True)
def test_allow_violations_marker(customerio_mock):
    assert httpx.get(customerio_mock.app_url + "/v1/nowhere").status_code == 404
    assert len(customerio_mock.violations) == 1


def test_strict_is_the_default(customerio_mock):
    assert customerio_mock.strict is True


@pytest.mark.customerio_mock(strict=False)
def test_lenient_marker(customerio_mock):
    assert customerio_mock.strict is False


@pytest.fixture
def outcome_of(pytester):
    def run(source: str):
        pytester.makepyfile(source)
        return pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")

    return run


def test_a_violation_nobody_looked_at_fails_the_test(outcome_of):
    result = outcome_of(
        """
        import httpx

        def test_forgets_to_check(customerio_mock):
            big = {"userId": "1", "event": "e", "type": "track", "properties": {"x": "y" * 40_000}}
            r = httpx.post(customerio_mock.pipelines_url + "/track", auth=("wk", ""), json=big)
            assert r.status_code == 200   # Customer.io answers 200 and drops it

        def test_clean(customerio_mock):
            r = httpx.post(customerio_mock.pipelines_url + "/track", auth=("wk", ""),
                           json={"userId": "1", "event": "e", "type": "track"})
            assert r.status_code == 200
        """
    )
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*customerio_mock recorded spec violations*", "*silently dropped by Customer.io*"])


def test_unknown_marker_option_is_a_usage_error(outcome_of):
    result = outcome_of(
        """
        import pytest

        @pytest.mark.customerio_mock(allow_violation=True)
        def test_typo(customerio_mock):
            pass
        """
    )
    result.stdout.fnmatch_lines(["*unknown option(s)*allow_violation*"])
    assert result.ret != 0
