// Import list of package uniq in plugin/pkg/uniq of coredns/coredns (the import blocks of its non-test files; no code kept)
package uniq

import (
	_ "sync"
)
