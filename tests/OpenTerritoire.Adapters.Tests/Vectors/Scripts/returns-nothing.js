function decodeUplink(input) {
}
