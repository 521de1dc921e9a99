from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.braze_update_user_profile_gender import BrazeUpdateUserProfileGender
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_list,
    expect_object,
    expect_str,
    parse_datetime,
    rfc3339,
)

if TYPE_CHECKING:
    from ..models.braze_update_user_profile_current_location import (
        BrazeUpdateUserProfileCurrentLocation,
    )
    from ..models.braze_update_user_profile_custom_attributes import (
        BrazeUpdateUserProfileCustomAttributes,
    )
    from ..models.braze_update_user_profile_facebook import (
        BrazeUpdateUserProfileFacebook,
    )
    from ..models.braze_update_user_profile_push_tokens_item import (
        BrazeUpdateUserProfilePushTokensItem,
    )
    from ..models.braze_update_user_profile_twitter import BrazeUpdateUserProfileTwitter
    from ..models.braze_update_user_profile_user_alias import (
        BrazeUpdateUserProfileUserAlias,
    )


T = TypeVar("T", bound="BrazeUpdateUserProfile")


@_attrs_define
class BrazeUpdateUserProfile:
    """Update a user's profile attributes in Braze

    Attributes:
        external_id (str | Unset): The unique user identifier Default: '$.userId'.
        user_alias (BrazeUpdateUserProfileUserAlias | Unset): A user alias object. See [the
            docs](https://www.braze.com/docs/api/objects_filters/user_alias_object/).
        braze_id (None | str | Unset): The unique user identifier Default: '$.properties.braze_id'.
        country (None | str | Unset): The country code of the user Default: '$.context.location.country'.
        current_location (BrazeUpdateUserProfileCurrentLocation | Unset): The user's current longitude/latitude.
        date_of_first_session (datetime.datetime | None | Unset): The date the user first used the app
        date_of_last_session (datetime.datetime | None | Unset): The date the user last used the app
        dob (datetime.datetime | None | Unset): The user's date of birth
        email (None | str | Unset): The user's email Default: '$.traits.email'.
        email_subscribe (str | Unset): The user's email subscription preference: “opted_in” (explicitly registered to
            receive email messages), “unsubscribed” (explicitly opted out of email messages), and “subscribed” (neither
            opted in nor out).
        email_open_tracking_disabled (bool | Unset): Set to true to disable the open tracking pixel from being added to
            all future emails sent to this user.
        email_click_tracking_disabled (bool | Unset): Set to true to disable the click tracking for all links within a
            future email, sent to this user.
        facebook (BrazeUpdateUserProfileFacebook | Unset): Hash of Facebook attribution containing any of `id` (string),
            `likes` (array of strings), `num_friends` (integer).
        first_name (None | str | Unset): The user's first name Default: '$.traits.firstName'.
        gender (BrazeUpdateUserProfileGender | Unset): The user's gender: “M”, “F”, “O” (other), “N” (not applicable),
            “P” (prefer not to say) or nil (unknown).
        home_city (None | str | Unset): The user's home city. Default: '$.traits.address.city'.
        image_url (None | str | Unset): URL of image to be associated with user profile. Default: '$.traits.avatar'.
        language (None | str | Unset): The user's preferred language.
        last_name (str | Unset): The user's last name Default: '$.traits.lastName'.
        marked_email_as_spam_at (datetime.datetime | None | Unset): The date the user marked their email as spam.
        phone (None | str | Unset): The user's phone number Default: '$.traits.phone'.
        push_subscribe (str | Unset): The user's push subscription preference: “opted_in” (explicitly registered to
            receive push messages), “unsubscribed” (explicitly opted out of push messages), and “subscribed” (neither opted
            in nor out).
        push_tokens (list[BrazeUpdateUserProfilePushTokensItem] | Unset): Array of objects, each containing `app_id` and
            `token` string. You can also provide a `device_id` for each device. But if you don't provide this field, one
            will be randomly generated.
        time_zone (str | Unset): The user’s time zone name from the IANA Time Zone Database  (e.g., “America/New_York”
            or “Eastern Time (US & Canada)”). Only sets valid time zone values.
        twitter (BrazeUpdateUserProfileTwitter | Unset): Hash containing any of id (integer), screen_name (string,
            Twitter handle), followers_count (integer), friends_count (integer), statuses_count (integer).
        custom_attributes (BrazeUpdateUserProfileCustomAttributes | Unset): Hash of custom attributes to send to Braze
        field_update_existing_only (bool | Unset): Setting this flag to true will put the API in "Update Only" mode.
            When using a "user_alias", "Update Only" mode is always true. Default: False.
    """

    external_id: str | Unset = "$.userId"
    user_alias: BrazeUpdateUserProfileUserAlias | Unset = UNSET
    braze_id: None | str | Unset = "$.properties.braze_id"
    country: None | str | Unset = "$.context.location.country"
    current_location: BrazeUpdateUserProfileCurrentLocation | Unset = UNSET
    date_of_first_session: datetime.datetime | None | Unset = UNSET
    date_of_last_session: datetime.datetime | None | Unset = UNSET
    dob: datetime.datetime | None | Unset = UNSET
    email: None | str | Unset = "$.traits.email"
    email_subscribe: str | Unset = UNSET
    email_open_tracking_disabled: bool | Unset = UNSET
    email_click_tracking_disabled: bool | Unset = UNSET
    facebook: BrazeUpdateUserProfileFacebook | Unset = UNSET
    first_name: None | str | Unset = "$.traits.firstName"
    gender: BrazeUpdateUserProfileGender | Unset = UNSET
    home_city: None | str | Unset = "$.traits.address.city"
    image_url: None | str | Unset = "$.traits.avatar"
    language: None | str | Unset = UNSET
    last_name: str | Unset = "$.traits.lastName"
    marked_email_as_spam_at: datetime.datetime | None | Unset = UNSET
    phone: None | str | Unset = "$.traits.phone"
    push_subscribe: str | Unset = UNSET
    push_tokens: list[BrazeUpdateUserProfilePushTokensItem] | Unset = UNSET
    time_zone: str | Unset = UNSET
    twitter: BrazeUpdateUserProfileTwitter | Unset = UNSET
    custom_attributes: BrazeUpdateUserProfileCustomAttributes | Unset = UNSET
    field_update_existing_only: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        user_alias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_alias, Unset):
            user_alias = self.user_alias.to_dict()

        braze_id: None | str | Unset
        if isinstance(self.braze_id, Unset):
            braze_id = UNSET
        else:
            braze_id = self.braze_id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        current_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_location, Unset):
            current_location = self.current_location.to_dict()

        date_of_first_session: None | str | Unset
        if isinstance(self.date_of_first_session, Unset):
            date_of_first_session = UNSET
        elif isinstance(self.date_of_first_session, datetime.datetime):
            date_of_first_session = rfc3339(self.date_of_first_session)
        else:
            date_of_first_session = self.date_of_first_session

        date_of_last_session: None | str | Unset
        if isinstance(self.date_of_last_session, Unset):
            date_of_last_session = UNSET
        elif isinstance(self.date_of_last_session, datetime.datetime):
            date_of_last_session = rfc3339(self.date_of_last_session)
        else:
            date_of_last_session = self.date_of_last_session

        dob: None | str | Unset
        if isinstance(self.dob, Unset):
            dob = UNSET
        elif isinstance(self.dob, datetime.datetime):
            dob = rfc3339(self.dob)
        else:
            dob = self.dob

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_subscribe = self.email_subscribe

        email_open_tracking_disabled = self.email_open_tracking_disabled

        email_click_tracking_disabled = self.email_click_tracking_disabled

        facebook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facebook, Unset):
            facebook = self.facebook.to_dict()

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        home_city: None | str | Unset
        if isinstance(self.home_city, Unset):
            home_city = UNSET
        else:
            home_city = self.home_city

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        last_name = self.last_name

        marked_email_as_spam_at: None | str | Unset
        if isinstance(self.marked_email_as_spam_at, Unset):
            marked_email_as_spam_at = UNSET
        elif isinstance(self.marked_email_as_spam_at, datetime.datetime):
            marked_email_as_spam_at = rfc3339(self.marked_email_as_spam_at)
        else:
            marked_email_as_spam_at = self.marked_email_as_spam_at

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        push_subscribe = self.push_subscribe

        push_tokens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.push_tokens, Unset):
            push_tokens = []
            for push_tokens_item_data in self.push_tokens:
                push_tokens_item = push_tokens_item_data.to_dict()
                push_tokens.append(push_tokens_item)

        time_zone = self.time_zone

        twitter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.twitter, Unset):
            twitter = self.twitter.to_dict()

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        field_update_existing_only = self.field_update_existing_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if user_alias is not UNSET:
            field_dict["user_alias"] = user_alias
        if braze_id is not UNSET:
            field_dict["braze_id"] = braze_id
        if country is not UNSET:
            field_dict["country"] = country
        if current_location is not UNSET:
            field_dict["current_location"] = current_location
        if date_of_first_session is not UNSET:
            field_dict["date_of_first_session"] = date_of_first_session
        if date_of_last_session is not UNSET:
            field_dict["date_of_last_session"] = date_of_last_session
        if dob is not UNSET:
            field_dict["dob"] = dob
        if email is not UNSET:
            field_dict["email"] = email
        if email_subscribe is not UNSET:
            field_dict["email_subscribe"] = email_subscribe
        if email_open_tracking_disabled is not UNSET:
            field_dict["email_open_tracking_disabled"] = email_open_tracking_disabled
        if email_click_tracking_disabled is not UNSET:
            field_dict["email_click_tracking_disabled"] = email_click_tracking_disabled
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if home_city is not UNSET:
            field_dict["home_city"] = home_city
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if language is not UNSET:
            field_dict["language"] = language
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if marked_email_as_spam_at is not UNSET:
            field_dict["marked_email_as_spam_at"] = marked_email_as_spam_at
        if phone is not UNSET:
            field_dict["phone"] = phone
        if push_subscribe is not UNSET:
            field_dict["push_subscribe"] = push_subscribe
        if push_tokens is not UNSET:
            field_dict["push_tokens"] = push_tokens
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes
        if field_update_existing_only is not UNSET:
            field_dict["_update_existing_only"] = field_update_existing_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.braze_update_user_profile_current_location import (
            BrazeUpdateUserProfileCurrentLocation,
        )
        from ..models.braze_update_user_profile_custom_attributes import (
            BrazeUpdateUserProfileCustomAttributes,
        )
        from ..models.braze_update_user_profile_facebook import (
            BrazeUpdateUserProfileFacebook,
        )
        from ..models.braze_update_user_profile_push_tokens_item import (
            BrazeUpdateUserProfilePushTokensItem,
        )
        from ..models.braze_update_user_profile_twitter import (
            BrazeUpdateUserProfileTwitter,
        )
        from ..models.braze_update_user_profile_user_alias import (
            BrazeUpdateUserProfileUserAlias,
        )

        d = dict(expect_object(src_dict, "BrazeUpdateUserProfile"))
        external_id = d.pop("external_id", UNSET)
        if type(external_id) is not str and external_id is not UNSET:
            external_id = expect_str(external_id, "BrazeUpdateUserProfile.external_id")

        _user_alias = d.pop("user_alias", UNSET)
        user_alias: BrazeUpdateUserProfileUserAlias | Unset
        if isinstance(_user_alias, Unset):
            user_alias = UNSET
        else:
            user_alias = BrazeUpdateUserProfileUserAlias.from_dict(_user_alias)

        def _parse_braze_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        braze_id = _parse_braze_id(d.pop("braze_id", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        _current_location = d.pop("current_location", UNSET)
        current_location: BrazeUpdateUserProfileCurrentLocation | Unset
        if isinstance(_current_location, Unset):
            current_location = UNSET
        else:
            current_location = BrazeUpdateUserProfileCurrentLocation.from_dict(
                _current_location
            )

        def _parse_date_of_first_session(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_first_session_type_0 = parse_datetime(data)

                return date_of_first_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_of_first_session = _parse_date_of_first_session(
            d.pop("date_of_first_session", UNSET)
        )

        def _parse_date_of_last_session(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_last_session_type_0 = parse_datetime(data)

                return date_of_last_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_of_last_session = _parse_date_of_last_session(
            d.pop("date_of_last_session", UNSET)
        )

        def _parse_dob(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dob_type_0 = parse_datetime(data)

                return dob_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        dob = _parse_dob(d.pop("dob", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        email_subscribe = d.pop("email_subscribe", UNSET)
        if type(email_subscribe) is not str and email_subscribe is not UNSET:
            email_subscribe = expect_str(
                email_subscribe, "BrazeUpdateUserProfile.email_subscribe"
            )

        email_open_tracking_disabled = d.pop("email_open_tracking_disabled", UNSET)
        if (
            type(email_open_tracking_disabled) is not bool
            and email_open_tracking_disabled is not UNSET
        ):
            email_open_tracking_disabled = expect_bool(
                email_open_tracking_disabled,
                "BrazeUpdateUserProfile.email_open_tracking_disabled",
            )

        email_click_tracking_disabled = d.pop("email_click_tracking_disabled", UNSET)
        if (
            type(email_click_tracking_disabled) is not bool
            and email_click_tracking_disabled is not UNSET
        ):
            email_click_tracking_disabled = expect_bool(
                email_click_tracking_disabled,
                "BrazeUpdateUserProfile.email_click_tracking_disabled",
            )

        _facebook = d.pop("facebook", UNSET)
        facebook: BrazeUpdateUserProfileFacebook | Unset
        if isinstance(_facebook, Unset):
            facebook = UNSET
        else:
            facebook = BrazeUpdateUserProfileFacebook.from_dict(_facebook)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        _gender = d.pop("gender", UNSET)
        gender: BrazeUpdateUserProfileGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = BrazeUpdateUserProfileGender(_gender)

        def _parse_home_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        home_city = _parse_home_city(d.pop("home_city", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        last_name = d.pop("last_name", UNSET)
        if type(last_name) is not str and last_name is not UNSET:
            last_name = expect_str(last_name, "BrazeUpdateUserProfile.last_name")

        def _parse_marked_email_as_spam_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                marked_email_as_spam_at_type_0 = parse_datetime(data)

                return marked_email_as_spam_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        marked_email_as_spam_at = _parse_marked_email_as_spam_at(
            d.pop("marked_email_as_spam_at", UNSET)
        )

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        push_subscribe = d.pop("push_subscribe", UNSET)
        if type(push_subscribe) is not str and push_subscribe is not UNSET:
            push_subscribe = expect_str(
                push_subscribe, "BrazeUpdateUserProfile.push_subscribe"
            )

        _push_tokens = expect_list(
            d.pop("push_tokens", UNSET), "BrazeUpdateUserProfile.push_tokens"
        )
        push_tokens: list[BrazeUpdateUserProfilePushTokensItem] | Unset = UNSET
        if _push_tokens is not UNSET:
            push_tokens = []
            for push_tokens_item_data in _push_tokens:
                push_tokens_item = BrazeUpdateUserProfilePushTokensItem.from_dict(
                    push_tokens_item_data
                )

                push_tokens.append(push_tokens_item)

        time_zone = d.pop("time_zone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = expect_str(time_zone, "BrazeUpdateUserProfile.time_zone")

        _twitter = d.pop("twitter", UNSET)
        twitter: BrazeUpdateUserProfileTwitter | Unset
        if isinstance(_twitter, Unset):
            twitter = UNSET
        else:
            twitter = BrazeUpdateUserProfileTwitter.from_dict(_twitter)

        _custom_attributes = d.pop("custom_attributes", UNSET)
        custom_attributes: BrazeUpdateUserProfileCustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = BrazeUpdateUserProfileCustomAttributes.from_dict(
                _custom_attributes
            )

        field_update_existing_only = d.pop("_update_existing_only", UNSET)
        if (
            type(field_update_existing_only) is not bool
            and field_update_existing_only is not UNSET
        ):
            field_update_existing_only = expect_bool(
                field_update_existing_only,
                "BrazeUpdateUserProfile._update_existing_only",
            )

        braze_update_user_profile = cls(
            external_id=external_id,
            user_alias=user_alias,
            braze_id=braze_id,
            country=country,
            current_location=current_location,
            date_of_first_session=date_of_first_session,
            date_of_last_session=date_of_last_session,
            dob=dob,
            email=email,
            email_subscribe=email_subscribe,
            email_open_tracking_disabled=email_open_tracking_disabled,
            email_click_tracking_disabled=email_click_tracking_disabled,
            facebook=facebook,
            first_name=first_name,
            gender=gender,
            home_city=home_city,
            image_url=image_url,
            language=language,
            last_name=last_name,
            marked_email_as_spam_at=marked_email_as_spam_at,
            phone=phone,
            push_subscribe=push_subscribe,
            push_tokens=push_tokens,
            time_zone=time_zone,
            twitter=twitter,
            custom_attributes=custom_attributes,
            field_update_existing_only=field_update_existing_only,
        )

        braze_update_user_profile.additional_properties = d
        return braze_update_user_profile

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
