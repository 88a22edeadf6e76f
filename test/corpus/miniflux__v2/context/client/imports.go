// Import list of package client in client of miniflux/v2 (the import blocks of its non-test files; no code kept)
package client

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "log"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "time"
)
