// Import list of package util in pkg/util of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package util

import (
	_ "crypto/rand"
	_ "crypto/rsa"
	_ "crypto/x509"
	_ "crypto/x509/pkix"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/spf13/cast"
	_ "math/big"
	_ "net"
	_ "net/url"
	_ "os"
	_ "strings"
	_ "time"
)
