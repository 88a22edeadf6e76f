// Import list of package lego in lego of go-acme/lego (the import blocks of its non-test files; no code kept)
package lego

import (
	_ "crypto/tls"
	_ "crypto/x509"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/acme/api"
	_ "github.com/go-acme/lego/v5/certificate"
	_ "github.com/go-acme/lego/v5/challenge/resolver"
	_ "github.com/go-acme/lego/v5/registration"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "time"
)
