from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

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
    from ..models.braze_track_purchase_products_item import (
        BrazeTrackPurchaseProductsItem,
    )
    from ..models.braze_track_purchase_properties import BrazeTrackPurchaseProperties
    from ..models.braze_track_purchase_user_alias import BrazeTrackPurchaseUserAlias


T = TypeVar("T", bound="BrazeTrackPurchase")


@_attrs_define
class BrazeTrackPurchase:
    """Record purchases in Braze.

    Attributes:
        external_id (str | Unset): The unique user identifier Default: '$.userId'.
        user_alias (BrazeTrackPurchaseUserAlias | Unset): A user alias object. See [the
            docs](https://www.braze.com/docs/api/objects_filters/user_alias_object/).
        braze_id (None | str | Unset): The unique user identifier Default: '$.properties.braze_id'.
        time (datetime.datetime | Unset): When the event occurred.
        products (list[BrazeTrackPurchaseProductsItem] | Unset): Any array of objects, where each object represents a
            product in the purchase
        properties (BrazeTrackPurchaseProperties | Unset): Properties for the purchase event
        field_update_existing_only (bool | Unset): Setting this flag to true will put the API in "Update Only" mode.
            When using a "user_alias", "Update Only" mode is always true. Default: False.
    """

    external_id: str | Unset = "$.userId"
    user_alias: BrazeTrackPurchaseUserAlias | Unset = UNSET
    braze_id: None | str | Unset = "$.properties.braze_id"
    time: datetime.datetime | Unset = UNSET
    products: list[BrazeTrackPurchaseProductsItem] | Unset = UNSET
    properties: BrazeTrackPurchaseProperties | Unset = UNSET
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

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = rfc3339(self.time)

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

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
        if time is not UNSET:
            field_dict["time"] = time
        if products is not UNSET:
            field_dict["products"] = products
        if properties is not UNSET:
            field_dict["properties"] = properties
        if field_update_existing_only is not UNSET:
            field_dict["_update_existing_only"] = field_update_existing_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.braze_track_purchase_products_item import (
            BrazeTrackPurchaseProductsItem,
        )
        from ..models.braze_track_purchase_properties import (
            BrazeTrackPurchaseProperties,
        )
        from ..models.braze_track_purchase_user_alias import BrazeTrackPurchaseUserAlias

        d = dict(expect_object(src_dict, "BrazeTrackPurchase"))
        external_id = d.pop("external_id", UNSET)
        if type(external_id) is not str and external_id is not UNSET:
            external_id = expect_str(external_id, "BrazeTrackPurchase.external_id")

        _user_alias = d.pop("user_alias", UNSET)
        user_alias: BrazeTrackPurchaseUserAlias | Unset
        if isinstance(_user_alias, Unset):
            user_alias = UNSET
        else:
            user_alias = BrazeTrackPurchaseUserAlias.from_dict(_user_alias)

        def _parse_braze_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        braze_id = _parse_braze_id(d.pop("braze_id", UNSET))

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = parse_datetime(_time)

        _products = expect_list(d.pop("products", UNSET), "BrazeTrackPurchase.products")
        products: list[BrazeTrackPurchaseProductsItem] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = BrazeTrackPurchaseProductsItem.from_dict(
                    products_item_data
                )

                products.append(products_item)

        _properties = d.pop("properties", UNSET)
        properties: BrazeTrackPurchaseProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = BrazeTrackPurchaseProperties.from_dict(_properties)

        field_update_existing_only = d.pop("_update_existing_only", UNSET)
        if (
            type(field_update_existing_only) is not bool
            and field_update_existing_only is not UNSET
        ):
            field_update_existing_only = expect_bool(
                field_update_existing_only, "BrazeTrackPurchase._update_existing_only"
            )

        braze_track_purchase = cls(
            external_id=external_id,
            user_alias=user_alias,
            braze_id=braze_id,
            time=time,
            products=products,
            properties=properties,
            field_update_existing_only=field_update_existing_only,
        )

        braze_track_purchase.additional_properties = d
        return braze_track_purchase

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
