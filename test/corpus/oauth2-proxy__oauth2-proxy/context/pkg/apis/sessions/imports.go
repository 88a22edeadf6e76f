// Import list of package sessions in pkg/apis/sessions of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package sessions

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/encryption"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/util"
	_ "github.com/pierrec/lz4/v4"
	_ "github.com/vmihailenco/msgpack/v5"
	_ "io"
	_ "net/http"
	_ "time"
)
