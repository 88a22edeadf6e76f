// Import list of package cache in plugin/pkg/cache of coredns/coredns (the import blocks of its non-test files; no code kept)
package cache

import (
	_ "hash/fnv"
	_ "sync"
)
