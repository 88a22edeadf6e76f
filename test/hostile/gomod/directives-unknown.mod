module x
godebug (
 default=go1.21
)
tool (
 golang.org/x/tools/cmd/stringer
)
ignore ./vendor
frobnicate a b c
module y
module
