// Import list of package webhook in internal/notif/webhook of crazy-max/diun (the import blocks of its non-test files; no code kept)
package webhook

import (
	_ "bytes"
	_ "context"
	_ "github.com/crazy-max/diun/v4/internal/httputil"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/msg"
	_ "github.com/crazy-max/diun/v4/internal/notif/notifier"
	_ "github.com/pkg/errors"
	_ "io"
	_ "net/http"
)
