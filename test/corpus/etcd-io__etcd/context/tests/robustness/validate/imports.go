// Import list of package validate in tests/robustness/validate of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package validate

import (
	_ "errors"
	_ "fmt"
	_ "github.com/anishathalye/porcupine"
	_ "github.com/google/go-cmp/cmp"
	_ "go.etcd.io/etcd/tests/v3/robustness/model"
	_ "go.etcd.io/etcd/tests/v3/robustness/report"
	_ "go.uber.org/zap"
	_ "math"
	_ "reflect"
	_ "time"
)
