"""The Claim Reader window: Qt widgets that display what the engine returns."""
