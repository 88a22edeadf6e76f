// Import list of package rand in tests/antithesis/pkg/rand of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package rand

import (
	_ "github.com/antithesishq/antithesis-sdk-go/random"
	_ "math/rand"
)
