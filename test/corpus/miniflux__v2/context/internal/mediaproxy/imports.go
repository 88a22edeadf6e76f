// Import list of package mediaproxy in internal/mediaproxy of miniflux/v2 (the import blocks of its non-test files; no code kept)
package mediaproxy

import (
	_ "crypto/hmac"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/PuerkitoBio/goquery"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/reader/sanitizer"
	_ "net/url"
	_ "slices"
	_ "strings"
)
