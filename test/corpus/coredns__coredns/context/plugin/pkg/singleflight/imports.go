// Import list of package singleflight in plugin/pkg/singleflight of coredns/coredns (the import blocks of its non-test files; no code kept)
package singleflight

import (
	_ "sync"
)
