// Import list of package template in internal/template of miniflux/v2 (the import blocks of its non-test files; no code kept)
package template

import (
	_ "bytes"
	_ "embed"
	_ "errors"
	_ "fmt"
	_ "html/template"
	_ "math"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/crypto"
	_ "miniflux.app/v2/internal/locale"
	_ "miniflux.app/v2/internal/mediaproxy"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/reader/sanitizer"
	_ "miniflux.app/v2/internal/timezone"
	_ "miniflux.app/v2/internal/ui/static"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/mail"
	_ "net/url"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
