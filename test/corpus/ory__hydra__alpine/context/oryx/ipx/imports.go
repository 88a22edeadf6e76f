// Import list of package ipx in oryx/ipx of ory/hydra (the import blocks of its non-test files; no code kept)
package ipx

import (
	_ "code.dny.dev/ssrf"
	_ "context"
	_ "errors"
	_ "github.com/pkg/errors"
	_ "golang.org/x/sync/errgroup"
	_ "iter"
	_ "net"
	_ "net/netip"
	_ "net/url"
	_ "time"
)
