// Import list of package internal in providers/dns/internal/westcn/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "context"
	_ "crypto/md5"
	_ "encoding/hex"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/google/go-querystring/query"
	_ "golang.org/x/text/encoding"
	_ "golang.org/x/text/encoding/simplifiedchinese"
	_ "golang.org/x/text/transform"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "time"
)
