// Import list of package ldap in internal/ldap of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package ldap

import (
	_ "bytes"
	_ "crypto/x509/pkix"
	_ "encoding/asn1"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "strings"
)
