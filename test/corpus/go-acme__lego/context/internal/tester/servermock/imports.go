// Import list of package servermock in internal/tester/servermock of go-acme/lego (the import blocks of its non-test files; no code kept)
package servermock

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/stretchr/testify/require"
	_ "io"
	_ "net/http"
	_ "net/http/httptest"
	_ "net/http/httputil"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "slices"
	_ "testing"
)
