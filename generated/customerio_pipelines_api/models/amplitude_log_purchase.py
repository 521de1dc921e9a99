from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_list,
    expect_number,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.amplitude_common_event_event_properties import (
        AmplitudeCommonEventEventProperties,
    )
    from ..models.amplitude_common_event_groups import AmplitudeCommonEventGroups
    from ..models.amplitude_common_event_products_item import (
        AmplitudeCommonEventProductsItem,
    )
    from ..models.amplitude_common_event_user_properties import (
        AmplitudeCommonEventUserProperties,
    )
    from ..models.common_utm_properties import CommonUtmProperties


T = TypeVar("T", bound="AmplitudeLogPurchase")


@_attrs_define
class AmplitudeLogPurchase:
    """
    Attributes:
        user_id (str | Unset): A unique identifier for a user. If your call references user ID you haven't added to
            Amplitude yet, then the user tied to that ID will not be marked "new" until their first event. Required unless
            device ID is present. Default: '$.userId'.
        device_id (str | Unset): A device identifier, like the Identifier for Vendor (IDFV) on iOS. Required unless the
            request includes a `user_id`.
             Default: 'coalesce($.context.device.id, $.anonymousId)'.
        event_type (str | Unset): A unique identifier for your event. Default: '$.event'.
        session_id (str | Unset): The start time of the session, necessary if you want to associate events with a
            particular system. To use automatic Amplitude session tracking in browsers, enable Analytics 2.0 on your
            connected source. Default: '$.integrations.Actions Amplitude.session_id'.
        time (str | Unset): The timestamp of the event. If time is not sent with the event, it will be set to the
            request upload time. Default: '$.timestamp'.
        event_properties (AmplitudeCommonEventEventProperties | Unset): An object of key-value pairs that represent
            additional data to be sent along with the event. You can store property values in an array, but note that
            Amplitude only supports one-dimensional arrays. Date values are transformed into string values. object depth may
            not exceed 40 layers.
        user_properties (AmplitudeCommonEventUserProperties | Unset): An object of key-value pairs that represent
            additional data tied to the user. You can store property values in an array, but note that Amplitude only
            supports one-dimensional arrays. Date values are transformed into string values. object depth may not exceed 40
            layers.
        groups (AmplitudeCommonEventGroups | Unset): Groups of users for the event as an event-level group. You can only
            track up to 5 groups. **Note:** This Amplitude feature is only available to Enterprise customers who have
            purchased the Accounts add-on.
        app_version (str | Unset): The current version of your application. Default: '$.context.app.version'.
        platform (str | Unset): Platform of the device. Default: '$.context.device.type'.
        os_name (str | Unset): The name of the mobile operating system or browser that the user is using. Default:
            '$.context.os.name'.
        os_version (str | Unset): The version of the mobile operating system or browser the user is using. Default:
            '$.context.os.version'.
        device_brand (str | Unset): The device brand that the user is using. Default: '$.context.device.brand'.
        device_manufacturer (str | Unset): The device manufacturer that the user is using. Default:
            '$.context.device.manufacturer'.
        device_model (str | Unset): The device model that the user is using. Default: '$.context.device.model'.
        carrier (str | Unset): The carrier that the user is using. Default: '$.context.network.carrier'.
        country (str | Unset): The current country of the user. Default: '$.context.location.country'.
        region (str | Unset): The current region of the user. Default: '$.context.location.region'.
        city (str | Unset): The current city of the user. Default: '$.context.location.city'.
        dma (str | Unset): The current Designated Market Area of the user.
        language (str | Unset): The language set by the user. Default: '$.context.locale'.
        price (float | Unset): The price of the item purchased. Required for revenue data if the revenue field is not
            sent. You can use negative values to indicate refunds.
        quantity (int | Unset): The quantity of the item purchased. Defaults to 1 if not specified.
        revenue (float | Unset): Revenue = price * quantity. If you send all 3 fields of price, quantity, and revenue,
            then (price * quantity) will be used as the revenue value. You can use negative values to indicate refunds.
            **Note:** You will need to explicitly set this if you are using the Amplitude in cloud-mode.
        product_id (str | Unset): An identifier for the item purchased. You must send a price and quantity or revenue
            with this field. Default: '$.properties.productId'.
        revenue_type (str | Unset): The type of revenue for the item purchased. You must send a price and quantity or
            revenue with this field. Default: '$.properties.revenueType'.
        location_lat (float | Unset): The current Latitude of the user.
        location_lng (float | Unset): The current Longitude of the user.
        ip (str | Unset): The IP address of the user. Use "$remote" to use the IP address on the upload request.
            Amplitude will use the IP address to reverse lookup a user's location (city, country, region, and DMA).
            Amplitude has the ability to drop the location and IP address from events once it reaches our servers. You can
            submit a request to Amplitude's platform specialist team here to configure this for you. Default:
            '$.context.ip'.
        idfa (str | Unset): Identifier for Advertiser. _(iOS)_ Default: 'coalesce($.context.device.advertisingId,
            $.context.device.idfa)'.
        idfv (str | Unset): Identifier for Vendor. _(iOS)_ Default: '$.context.device.id'.
        adid (str | Unset): Google Play Services advertising ID. _(Android)_ Default:
            'coalesce($.context.device.advertisingId, $.context.device.idfa)'.
        android_id (str | Unset): Android ID (not the advertising ID). _(Android)_
        event_id (int | Unset): An incrementing counter to distinguish events with the same user ID and timestamp from
            each other. Amplitude recommends you send an event ID, increasing over time, especially if you expect events to
            occur simultanenously.
        insert_id (str | Unset): Amplitude will deduplicate subsequent events sent with this ID we have already seen
            before within the past 7 days. Amplitude recommends generating a UUID or using some combination of device ID,
            user ID, event type, event ID, and time.
        library (str | Unset): The name of the library that generated the event. Default: '$.context.library.name'.
        products (list[AmplitudeCommonEventProductsItem] | Unset): The list of products purchased, where each object in
            the array represents an individual product.
        track_revenue_per_product (bool | Unset): When enabled, track revenue with each product within the event. When
            disabled, track total revenue once for the event. Default: False.
        use_batch_endpoint (bool | Unset): If true, events are sent to Amplitude's `batch` endpoint rather than their
            `httpapi` events endpoint. Enabling this setting may help reduce 429s – or throttling errors – from Amplitude.
            More information about Amplitude's throttling is available in [their
            docs](https://developers.amplitude.com/batch-event-upload-api#429s-in-depth). Default: False.
        user_agent (str | Unset): The user agent of the device sending the event. Default: '$.context.userAgent'.
        user_agent_parsing (bool | Unset): Enabling this setting will set the Device manufacturer, Device Model and OS
            Name properties based on the user agent string provided in the userAgent field Default: True.
        utm_properties (CommonUtmProperties | Unset): UTM Tracking Properties
        referrer (str | Unset): The referrer of the web request. Sent to Amplitude as both last touch “referrer” and
            first touch “initial_referrer” Default: '$.context.page.referrer'.
        min_id_length (int | Unset): Amplitude has a default minimum id length of 5 characters for `user_id` and
            `device_id` fields. This field allows the minimum to be overridden to allow shorter id lengths.
    """

    user_id: str | Unset = "$.userId"
    device_id: str | Unset = "coalesce($.context.device.id, $.anonymousId)"
    event_type: str | Unset = "$.event"
    session_id: str | Unset = "$.integrations.Actions Amplitude.session_id"
    time: str | Unset = "$.timestamp"
    event_properties: AmplitudeCommonEventEventProperties | Unset = UNSET
    user_properties: AmplitudeCommonEventUserProperties | Unset = UNSET
    groups: AmplitudeCommonEventGroups | Unset = UNSET
    app_version: str | Unset = "$.context.app.version"
    platform: str | Unset = "$.context.device.type"
    os_name: str | Unset = "$.context.os.name"
    os_version: str | Unset = "$.context.os.version"
    device_brand: str | Unset = "$.context.device.brand"
    device_manufacturer: str | Unset = "$.context.device.manufacturer"
    device_model: str | Unset = "$.context.device.model"
    carrier: str | Unset = "$.context.network.carrier"
    country: str | Unset = "$.context.location.country"
    region: str | Unset = "$.context.location.region"
    city: str | Unset = "$.context.location.city"
    dma: str | Unset = UNSET
    language: str | Unset = "$.context.locale"
    price: float | Unset = UNSET
    quantity: int | Unset = UNSET
    revenue: float | Unset = UNSET
    product_id: str | Unset = "$.properties.productId"
    revenue_type: str | Unset = "$.properties.revenueType"
    location_lat: float | Unset = UNSET
    location_lng: float | Unset = UNSET
    ip: str | Unset = "$.context.ip"
    idfa: str | Unset = (
        "coalesce($.context.device.advertisingId, $.context.device.idfa)"
    )
    idfv: str | Unset = "$.context.device.id"
    adid: str | Unset = (
        "coalesce($.context.device.advertisingId, $.context.device.idfa)"
    )
    android_id: str | Unset = UNSET
    event_id: int | Unset = UNSET
    insert_id: str | Unset = UNSET
    library: str | Unset = "$.context.library.name"
    products: list[AmplitudeCommonEventProductsItem] | Unset = UNSET
    track_revenue_per_product: bool | Unset = False
    use_batch_endpoint: bool | Unset = False
    user_agent: str | Unset = "$.context.userAgent"
    user_agent_parsing: bool | Unset = True
    utm_properties: CommonUtmProperties | Unset = UNSET
    referrer: str | Unset = "$.context.page.referrer"
    min_id_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        device_id = self.device_id

        event_type = self.event_type

        session_id = self.session_id

        time = self.time

        event_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_properties, Unset):
            event_properties = self.event_properties.to_dict()

        user_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_properties, Unset):
            user_properties = self.user_properties.to_dict()

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        app_version = self.app_version

        platform = self.platform

        os_name = self.os_name

        os_version = self.os_version

        device_brand = self.device_brand

        device_manufacturer = self.device_manufacturer

        device_model = self.device_model

        carrier = self.carrier

        country = self.country

        region = self.region

        city = self.city

        dma = self.dma

        language = self.language

        price = self.price

        quantity = self.quantity

        revenue = self.revenue

        product_id = self.product_id

        revenue_type = self.revenue_type

        location_lat = self.location_lat

        location_lng = self.location_lng

        ip = self.ip

        idfa = self.idfa

        idfv = self.idfv

        adid = self.adid

        android_id = self.android_id

        event_id = self.event_id

        insert_id = self.insert_id

        library = self.library

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        track_revenue_per_product = self.track_revenue_per_product

        use_batch_endpoint = self.use_batch_endpoint

        user_agent = self.user_agent

        user_agent_parsing = self.user_agent_parsing

        utm_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.utm_properties, Unset):
            utm_properties = self.utm_properties.to_dict()

        referrer = self.referrer

        min_id_length = self.min_id_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if time is not UNSET:
            field_dict["time"] = time
        if event_properties is not UNSET:
            field_dict["event_properties"] = event_properties
        if user_properties is not UNSET:
            field_dict["user_properties"] = user_properties
        if groups is not UNSET:
            field_dict["groups"] = groups
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if platform is not UNSET:
            field_dict["platform"] = platform
        if os_name is not UNSET:
            field_dict["os_name"] = os_name
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if device_brand is not UNSET:
            field_dict["device_brand"] = device_brand
        if device_manufacturer is not UNSET:
            field_dict["device_manufacturer"] = device_manufacturer
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if city is not UNSET:
            field_dict["city"] = city
        if dma is not UNSET:
            field_dict["dma"] = dma
        if language is not UNSET:
            field_dict["language"] = language
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if revenue_type is not UNSET:
            field_dict["revenueType"] = revenue_type
        if location_lat is not UNSET:
            field_dict["location_lat"] = location_lat
        if location_lng is not UNSET:
            field_dict["location_lng"] = location_lng
        if ip is not UNSET:
            field_dict["ip"] = ip
        if idfa is not UNSET:
            field_dict["idfa"] = idfa
        if idfv is not UNSET:
            field_dict["idfv"] = idfv
        if adid is not UNSET:
            field_dict["adid"] = adid
        if android_id is not UNSET:
            field_dict["android_id"] = android_id
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if insert_id is not UNSET:
            field_dict["insert_id"] = insert_id
        if library is not UNSET:
            field_dict["library"] = library
        if products is not UNSET:
            field_dict["products"] = products
        if track_revenue_per_product is not UNSET:
            field_dict["trackRevenuePerProduct"] = track_revenue_per_product
        if use_batch_endpoint is not UNSET:
            field_dict["use_batch_endpoint"] = use_batch_endpoint
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if user_agent_parsing is not UNSET:
            field_dict["userAgentParsing"] = user_agent_parsing
        if utm_properties is not UNSET:
            field_dict["utm_properties"] = utm_properties
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if min_id_length is not UNSET:
            field_dict["min_id_length"] = min_id_length

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amplitude_common_event_event_properties import (
            AmplitudeCommonEventEventProperties,
        )
        from ..models.amplitude_common_event_groups import AmplitudeCommonEventGroups
        from ..models.amplitude_common_event_products_item import (
            AmplitudeCommonEventProductsItem,
        )
        from ..models.amplitude_common_event_user_properties import (
            AmplitudeCommonEventUserProperties,
        )
        from ..models.common_utm_properties import CommonUtmProperties

        d = dict(expect_object(src_dict, "AmplitudeLogPurchase"))
        user_id = d.pop("user_id", UNSET)
        if type(user_id) is not str and user_id is not UNSET:
            user_id = expect_str(user_id, "AmplitudeLogPurchase.user_id")

        device_id = d.pop("device_id", UNSET)
        if type(device_id) is not str and device_id is not UNSET:
            device_id = expect_str(device_id, "AmplitudeLogPurchase.device_id")

        event_type = d.pop("event_type", UNSET)
        if type(event_type) is not str and event_type is not UNSET:
            event_type = expect_str(event_type, "AmplitudeLogPurchase.event_type")

        session_id = d.pop("session_id", UNSET)
        if type(session_id) is not str and session_id is not UNSET:
            session_id = expect_str(session_id, "AmplitudeLogPurchase.session_id")

        time = d.pop("time", UNSET)
        if type(time) is not str and time is not UNSET:
            time = expect_str(time, "AmplitudeLogPurchase.time")

        _event_properties = d.pop("event_properties", UNSET)
        event_properties: AmplitudeCommonEventEventProperties | Unset
        if isinstance(_event_properties, Unset):
            event_properties = UNSET
        else:
            event_properties = AmplitudeCommonEventEventProperties.from_dict(
                _event_properties
            )

        _user_properties = d.pop("user_properties", UNSET)
        user_properties: AmplitudeCommonEventUserProperties | Unset
        if isinstance(_user_properties, Unset):
            user_properties = UNSET
        else:
            user_properties = AmplitudeCommonEventUserProperties.from_dict(
                _user_properties
            )

        _groups = d.pop("groups", UNSET)
        groups: AmplitudeCommonEventGroups | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = AmplitudeCommonEventGroups.from_dict(_groups)

        app_version = d.pop("app_version", UNSET)
        if type(app_version) is not str and app_version is not UNSET:
            app_version = expect_str(app_version, "AmplitudeLogPurchase.app_version")

        platform = d.pop("platform", UNSET)
        if type(platform) is not str and platform is not UNSET:
            platform = expect_str(platform, "AmplitudeLogPurchase.platform")

        os_name = d.pop("os_name", UNSET)
        if type(os_name) is not str and os_name is not UNSET:
            os_name = expect_str(os_name, "AmplitudeLogPurchase.os_name")

        os_version = d.pop("os_version", UNSET)
        if type(os_version) is not str and os_version is not UNSET:
            os_version = expect_str(os_version, "AmplitudeLogPurchase.os_version")

        device_brand = d.pop("device_brand", UNSET)
        if type(device_brand) is not str and device_brand is not UNSET:
            device_brand = expect_str(device_brand, "AmplitudeLogPurchase.device_brand")

        device_manufacturer = d.pop("device_manufacturer", UNSET)
        if type(device_manufacturer) is not str and device_manufacturer is not UNSET:
            device_manufacturer = expect_str(
                device_manufacturer, "AmplitudeLogPurchase.device_manufacturer"
            )

        device_model = d.pop("device_model", UNSET)
        if type(device_model) is not str and device_model is not UNSET:
            device_model = expect_str(device_model, "AmplitudeLogPurchase.device_model")

        carrier = d.pop("carrier", UNSET)
        if type(carrier) is not str and carrier is not UNSET:
            carrier = expect_str(carrier, "AmplitudeLogPurchase.carrier")

        country = d.pop("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = expect_str(country, "AmplitudeLogPurchase.country")

        region = d.pop("region", UNSET)
        if type(region) is not str and region is not UNSET:
            region = expect_str(region, "AmplitudeLogPurchase.region")

        city = d.pop("city", UNSET)
        if type(city) is not str and city is not UNSET:
            city = expect_str(city, "AmplitudeLogPurchase.city")

        dma = d.pop("dma", UNSET)
        if type(dma) is not str and dma is not UNSET:
            dma = expect_str(dma, "AmplitudeLogPurchase.dma")

        language = d.pop("language", UNSET)
        if type(language) is not str and language is not UNSET:
            language = expect_str(language, "AmplitudeLogPurchase.language")

        price = d.pop("price", UNSET)
        if type(price) is not float and price is not UNSET:
            price = expect_number(price, "AmplitudeLogPurchase.price")

        quantity = d.pop("quantity", UNSET)
        if type(quantity) is not int and quantity is not UNSET:
            quantity = expect_int(quantity, "AmplitudeLogPurchase.quantity")

        revenue = d.pop("revenue", UNSET)
        if type(revenue) is not float and revenue is not UNSET:
            revenue = expect_number(revenue, "AmplitudeLogPurchase.revenue")

        product_id = d.pop("productId", UNSET)
        if type(product_id) is not str and product_id is not UNSET:
            product_id = expect_str(product_id, "AmplitudeLogPurchase.productId")

        revenue_type = d.pop("revenueType", UNSET)
        if type(revenue_type) is not str and revenue_type is not UNSET:
            revenue_type = expect_str(revenue_type, "AmplitudeLogPurchase.revenueType")

        location_lat = d.pop("location_lat", UNSET)
        if type(location_lat) is not float and location_lat is not UNSET:
            location_lat = expect_number(
                location_lat, "AmplitudeLogPurchase.location_lat"
            )

        location_lng = d.pop("location_lng", UNSET)
        if type(location_lng) is not float and location_lng is not UNSET:
            location_lng = expect_number(
                location_lng, "AmplitudeLogPurchase.location_lng"
            )

        ip = d.pop("ip", UNSET)
        if type(ip) is not str and ip is not UNSET:
            ip = expect_str(ip, "AmplitudeLogPurchase.ip")

        idfa = d.pop("idfa", UNSET)
        if type(idfa) is not str and idfa is not UNSET:
            idfa = expect_str(idfa, "AmplitudeLogPurchase.idfa")

        idfv = d.pop("idfv", UNSET)
        if type(idfv) is not str and idfv is not UNSET:
            idfv = expect_str(idfv, "AmplitudeLogPurchase.idfv")

        adid = d.pop("adid", UNSET)
        if type(adid) is not str and adid is not UNSET:
            adid = expect_str(adid, "AmplitudeLogPurchase.adid")

        android_id = d.pop("android_id", UNSET)
        if type(android_id) is not str and android_id is not UNSET:
            android_id = expect_str(android_id, "AmplitudeLogPurchase.android_id")

        event_id = d.pop("event_id", UNSET)
        if type(event_id) is not int and event_id is not UNSET:
            event_id = expect_int(event_id, "AmplitudeLogPurchase.event_id")

        insert_id = d.pop("insert_id", UNSET)
        if type(insert_id) is not str and insert_id is not UNSET:
            insert_id = expect_str(insert_id, "AmplitudeLogPurchase.insert_id")

        library = d.pop("library", UNSET)
        if type(library) is not str and library is not UNSET:
            library = expect_str(library, "AmplitudeLogPurchase.library")

        _products = expect_list(
            d.pop("products", UNSET), "AmplitudeLogPurchase.products"
        )
        products: list[AmplitudeCommonEventProductsItem] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = AmplitudeCommonEventProductsItem.from_dict(
                    products_item_data
                )

                products.append(products_item)

        track_revenue_per_product = d.pop("trackRevenuePerProduct", UNSET)
        if (
            type(track_revenue_per_product) is not bool
            and track_revenue_per_product is not UNSET
        ):
            track_revenue_per_product = expect_bool(
                track_revenue_per_product, "AmplitudeLogPurchase.trackRevenuePerProduct"
            )

        use_batch_endpoint = d.pop("use_batch_endpoint", UNSET)
        if type(use_batch_endpoint) is not bool and use_batch_endpoint is not UNSET:
            use_batch_endpoint = expect_bool(
                use_batch_endpoint, "AmplitudeLogPurchase.use_batch_endpoint"
            )

        user_agent = d.pop("userAgent", UNSET)
        if type(user_agent) is not str and user_agent is not UNSET:
            user_agent = expect_str(user_agent, "AmplitudeLogPurchase.userAgent")

        user_agent_parsing = d.pop("userAgentParsing", UNSET)
        if type(user_agent_parsing) is not bool and user_agent_parsing is not UNSET:
            user_agent_parsing = expect_bool(
                user_agent_parsing, "AmplitudeLogPurchase.userAgentParsing"
            )

        _utm_properties = d.pop("utm_properties", UNSET)
        utm_properties: CommonUtmProperties | Unset
        if isinstance(_utm_properties, Unset):
            utm_properties = UNSET
        else:
            utm_properties = CommonUtmProperties.from_dict(_utm_properties)

        referrer = d.pop("referrer", UNSET)
        if type(referrer) is not str and referrer is not UNSET:
            referrer = expect_str(referrer, "AmplitudeLogPurchase.referrer")

        min_id_length = d.pop("min_id_length", UNSET)
        if type(min_id_length) is not int and min_id_length is not UNSET:
            min_id_length = expect_int(
                min_id_length, "AmplitudeLogPurchase.min_id_length"
            )

        amplitude_log_purchase = cls(
            user_id=user_id,
            device_id=device_id,
            event_type=event_type,
            session_id=session_id,
            time=time,
            event_properties=event_properties,
            user_properties=user_properties,
            groups=groups,
            app_version=app_version,
            platform=platform,
            os_name=os_name,
            os_version=os_version,
            device_brand=device_brand,
            device_manufacturer=device_manufacturer,
            device_model=device_model,
            carrier=carrier,
            country=country,
            region=region,
            city=city,
            dma=dma,
            language=language,
            price=price,
            quantity=quantity,
            revenue=revenue,
            product_id=product_id,
            revenue_type=revenue_type,
            location_lat=location_lat,
            location_lng=location_lng,
            ip=ip,
            idfa=idfa,
            idfv=idfv,
            adid=adid,
            android_id=android_id,
            event_id=event_id,
            insert_id=insert_id,
            library=library,
            products=products,
            track_revenue_per_product=track_revenue_per_product,
            use_batch_endpoint=use_batch_endpoint,
            user_agent=user_agent,
            user_agent_parsing=user_agent_parsing,
            utm_properties=utm_properties,
            referrer=referrer,
            min_id_length=min_id_length,
        )

        amplitude_log_purchase.additional_properties = d
        return amplitude_log_purchase

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
