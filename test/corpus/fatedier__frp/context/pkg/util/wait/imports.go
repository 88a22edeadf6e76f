// Import list of package wait in pkg/util/wait of fatedier/frp (the import blocks of its non-test files; no code kept)
package wait

import (
	_ "github.com/fatedier/frp/pkg/util/util"
	_ "k8s.io/utils/clock"
	_ "math/rand/v2"
	_ "time"
)
