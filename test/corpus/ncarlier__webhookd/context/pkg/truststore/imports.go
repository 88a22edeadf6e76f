// Import list of package truststore in pkg/truststore of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package truststore

import (
	_ "crypto"
	_ "crypto/x509"
	_ "encoding/pem"
	_ "fmt"
	_ "golang.org/x/crypto/pkcs12"
	_ "log/slog"
	_ "os"
	_ "path/filepath"
)
