package store

// SwitchOffLayers switches layers of the read-only guard off, so tests can
// prove that the remaining layers hold on their own.
func (r *ReadOnly) SwitchOffLayers(statementCheck, authorizer bool) {
	r.off = guardLayers{statementCheck: statementCheck, authorizer: authorizer}
}
