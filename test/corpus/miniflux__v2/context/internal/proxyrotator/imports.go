// Import list of package proxyrotator in internal/proxyrotator of miniflux/v2 (the import blocks of its non-test files; no code kept)
package proxyrotator

import (
	_ "net/url"
	_ "sync"
)
