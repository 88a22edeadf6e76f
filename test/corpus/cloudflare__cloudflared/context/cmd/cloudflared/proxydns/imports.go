// Import list of package proxydns in cmd/cloudflared/proxydns of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package proxydns

import (
	_ "errors"
	_ "github.com/cloudflare/cloudflared/cmd/cloudflared/cliutil"
	_ "github.com/cloudflare/cloudflared/logger"
	_ "github.com/urfave/cli/v2"
	_ "github.com/urfave/cli/v2/altsrc"
)
