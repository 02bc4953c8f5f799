"""Sign-in: the sign-in and approval dialogs, the operator indicator, the idle watcher and the
controller that ties them to an app.operators.OperatorSession."""
