// Import list of package e2e in test/e2e of fatedier/frp (the import blocks of its non-test files; no code kept)
package e2e

import (
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "github.com/fatedier/frp/test/e2e/framework"
	_ "github.com/fatedier/frp/test/e2e/framework/consts"
	_ "github.com/onsi/ginkgo/v2"
	_ "github.com/onsi/gomega"
	_ "testing"
)
