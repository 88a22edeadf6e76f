// Import list of package signature in pkg/middleware/signature of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package signature

import (
	_ "bytes"
	_ "crypto/ed25519"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "github.com/go-fed/httpsig"
	_ "github.com/ncarlier/webhookd/pkg/truststore"
	_ "io"
	_ "net/http"
)
