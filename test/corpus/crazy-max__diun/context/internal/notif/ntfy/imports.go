// Import list of package ntfy in internal/notif/ntfy of crazy-max/diun (the import blocks of its non-test files; no code kept)
package ntfy

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/httputil"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/msg"
	_ "github.com/crazy-max/diun/v4/internal/notif/notifier"
	_ "github.com/crazy-max/diun/v4/internal/secret"
	_ "github.com/pkg/errors"
	_ "net/http"
	_ "net/url"
)
