// Import list of package mock in mock of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package mock

import (
	_ "context"
	_ "github.com/benbjohnson/litestream"
	_ "github.com/superfly/ltx"
	_ "io"
	_ "log/slog"
)
