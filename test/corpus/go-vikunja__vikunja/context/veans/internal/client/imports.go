// Import list of package client in veans/internal/client of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package client

import (
	_ "bytes"
	_ "code.vikunja.io/veans/internal/output"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "time"
)
