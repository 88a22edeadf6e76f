// Import list of package management in cmd/cloudflared/management of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package management

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/cfapi"
	_ "github.com/cloudflare/cloudflared/cmd/cloudflared/cliutil"
	_ "github.com/cloudflare/cloudflared/cmd/cloudflared/flags"
	_ "github.com/cloudflare/cloudflared/credentials"
	_ "github.com/urfave/cli/v2"
	_ "os"
)
