// Import list of package tests in pkg/sessions/tests of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package tests

import (
	_ "context"
	_ "crypto/rand"
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/sessions"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/cookies"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/encryption"
	_ "github.com/onsi/ginkgo/v2"
	_ "github.com/onsi/gomega"
	_ "net/http"
	_ "net/http/httptest"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "time"
)
